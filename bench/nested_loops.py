# Nested loops over lists, dicts and strings.
words = "the quick brown fox jumps over the lazy dog and the cat sat on the mat".split()

counts = {}
for _ in range(5000):
    for w in words:
        counts[w] = counts.get(w, 0) + 1

grid = [[i * j for j in range(60)] for i in range(60)]
total = 0
for _ in range(60):
    for row in grid:
        for x in row:
            total += x

vowels = 0
text = "Nested loops over strings count characters one at a time. " * 40
for _ in range(60):
    for ch in text:
        if ch in "aeiou":
            vowels += 1

print(sorted(counts.items())[:3], len(counts), total, vowels)
