# Lexicographic comparison of lists, tuples and strings.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print((1, "a") < (1, "b"), (2,) > (1, 100), (1, 2) == (1, 2), (1, 2) != (2, 1))
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
print("a" < "B", "10" < "9", "" < "a")
print([1, [2, 3]] < [1, [2, 4]])
print(max(["b", "abc", "ab"]), min([(2, 1), (1, 5), (1, 2)]))
print(sorted(["b", "A", "a", "B", "_", "1"]))
print([1, 2] == [1, 2.0], (1,) == [1], "1" == 1)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print([3, 1] <= [3, 1], (0, 0) >= (0,))
print(sorted([(1, "b"), (0, "z"), (1, "a")]))
