# Word frequency counting with dicts and sorting.
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away! A quick fox, a lazy dog."""
words = []
for line in text.splitlines():
    for raw in line.split():
        word = raw.strip(".,;!").lower()
        if word:
            words.append(word)
print(len(words), "words")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:6]:
    print(f"{word:<6} {count:>2} {'#' * count}")
print("unique:", len(freq))
longest = max(freq, key=len)
print("longest:", longest)
by_length = {}
for w in sorted(freq):
    by_length.setdefault(len(w), []).append(w)
for n in sorted(by_length):
    print(n, by_length[n])
