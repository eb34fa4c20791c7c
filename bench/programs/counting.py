# Dict counting: letters of a long text.
text = "the quick brown fox jumps over the lazy dog while python counts every letter " * 3000
counts = {}
for ch in text:
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(len(counts), top)
