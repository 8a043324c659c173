# random with a fixed seed is deterministic.
import random
random.seed(42)
print(random.random())
print([random.randint(1, 10) for _ in range(10)])
print([random.randrange(100) for _ in range(5)], random.randrange(10, 20, 3))
print(random.choice("abcdef"), random.choice([10, 20, 30]))
print(random.uniform(1, 2), random.uniform(-10, 10))
random.seed(42)
again = random.random()
print(again)
random.seed(2024)
print([round(random.random(), 6) for _ in range(3)])
print(random.randint(-5, 5), random.randrange(0, 1000, 7))
