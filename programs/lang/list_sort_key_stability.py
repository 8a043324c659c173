# sort / sorted with key and reverse; stability.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("alice", 3), ("bob", 1), ("carol", 3), ("dave", 1), ("eve", 2)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1]))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((2, 1)))
print(sorted({3: "c", 1: "a"}), sorted([[2, 1], [1, 2], [1]]))
print(sorted([2.5, 1, True, 0.5]))
lst = [3, 1, 2]
result = lst.sort()
print(result, lst)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([], reverse=True), sorted(x % 3 for x in range(7)))
