# itertools.product, permutations, combinations (and friends).
from itertools import product, permutations, combinations, combinations_with_replacement, accumulate, groupby
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), range(4), range(5)))))
print(list(permutations([1, 2, 3])))
print(list(permutations("abc", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("abcd", 2)), list(combinations([1], 2)))
print(list(combinations_with_replacement("ab", 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
for key, grp in groupby("aaabccdd"):
    print(key, list(grp))
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 3, 2, 1, 3]))])
print(sum(1 for p in permutations(range(6))))
