# Ackermann function (small arguments), Towers of Hanoi, permutations, power set.
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print([[ack(m, n) for n in range(4)] for m in range(3)])
print(ack(2, 3), ack(3, 3))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
print(len(moves), moves)
def perms(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            result.append([items[i]] + p)
    return result
print(perms([1, 2, 3]))
def powerset(s):
    if not s:
        return [[]]
    rest = powerset(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(powerset([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
def binary_search(lst, target, lo=0, hi=None):
    if hi is None:
        hi = len(lst) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if lst[mid] == target:
        return mid
    if lst[mid] < target:
        return binary_search(lst, target, mid + 1, hi)
    return binary_search(lst, target, lo, mid - 1)
data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28))
