# Uncaught AssertionError with a message.
def withdraw(balance, amount):
    assert amount <= balance, f"cannot withdraw {amount} from {balance}"
    return balance - amount

balance = withdraw(100, 30)
print(balance)
balance = withdraw(balance, 100)
