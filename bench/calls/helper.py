# A helper defined inside a function, and the function called again.
words = ["apple", "banana", "cherry", "kiwi", "mango", "quince", "zebra", "yak"] * 50
def best_score(words, bonus):
    def value(w):
        return sum(ord(c) - 96 for c in w) + bonus
    best = 0
    for w in words:
        v = value(w)
        if v > best:
            best = v
    return best
total = 0
for bonus in range(200):
    total += best_score(words, bonus)
print(total)
