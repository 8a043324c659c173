# The seed's money counter without threads: each call is a read-modify-write
# of a global, the pattern a thread switch can split.
MONEY = 0


def change(n):
    global MONEY
    MONEY += n
    MONEY -= n


for i in range(1000000):
    change(i)
for i in range(1000000):
    change(-i)
print(MONEY)
