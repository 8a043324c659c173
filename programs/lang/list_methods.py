# list methods.
lst = [3, 1, 4]
lst.append(1)
print(lst)
lst.extend([5, 9])
lst.extend("ab")
print(lst)
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2))
print(lst)
lst.remove(1)
print(lst, lst.index(1), lst.count(1), lst.index(5, 2))
try:
    lst.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index(42)
except ValueError as e:
    print("ValueError:", e)
nums = [5, 2, 8, 1]
nums.reverse()
print(nums)
nums.sort()
print(nums)
copy = nums.copy()
copy.append(100)
print(nums, copy)
nums.clear()
print(nums, len(nums))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print([1, 2] + [3], [0] * 3, [[]] * 2, 3 * [1, 2])
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}))
a = [1, 2, 3]
b = a
a += [4]
a = a + [5]
print(a, b)
print([1, 2, 3].__len__(), len([[]]), [None] * 2)
