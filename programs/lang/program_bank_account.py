# A small object-oriented program with exceptions.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"
class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self.balance * self.interest, 2))
a = Account("ann", 100)
s = Savings("sam", 1000)
a.deposit(50).withdraw(30)
s.add_interest()
print(a, s)
print(a.history, s.history)
for action in [lambda: a.withdraw(500), lambda: a.deposit(-1), lambda: s.withdraw(50)]:
    try:
        action()
        print("ok", s)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed)
    except ValueError as e:
        print("ValueError:", e)
accounts = sorted([a, s, Account("zed", 75)], key=lambda acc: acc.balance)
print(accounts)
print(sum(acc.balance for acc in accounts))
