# Nested loops over lists, dicts and strings: 4.3 million loop iterations
# (CPython 3.11 runs them in about 0.2 s, so the loops are measured rather
# than process start-up, which bench/run.js reports on its own).
words = "the quick brown fox jumps over the lazy dog and the cat sat on the mat".split()

counts = {}
for _ in range(50000):
    for w in words:
        counts[w] = counts.get(w, 0) + 1

grid = [[i * j for j in range(60)] for i in range(60)]
total = 0
for _ in range(600):
    for row in grid:
        for x in row:
            total += x

vowels = 0
text = "Nested loops over strings count characters one at a time. " * 40
for _ in range(600):
    for ch in text:
        if ch in "aeiou":
            vowels += 1

print(sorted(counts.items())[:3], len(counts), total, vowels)
