# random.shuffle and random.sample with a seed.
import random
random.seed(7)
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
print(random.sample(["a", "b", "c", "d"], 2))
print(sorted(random.sample(range(10), 10)) == list(range(10)))
letters = list("python")
random.shuffle(letters)
print("".join(letters))
random.seed(1)
print([random.choice([True, False]) for _ in range(8)])
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
