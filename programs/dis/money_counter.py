# The seed's money counter, single-threaded. Its disassembly (money_counter.dis)
# shows that `MONEY += n` is four instructions: LOAD_GLOBAL MONEY, LOAD_FAST n,
# BINARY_OP 13 (+=), STORE_GLOBAL MONEY. A thread switch between the load and
# the store loses the other thread's update.
MONEY = 0


def change(n):
    global MONEY
    MONEY += n
    MONEY -= n


for i in range(1000):
    change(i)
print(MONEY)
