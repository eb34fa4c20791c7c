# Closures and helpers made per call: a counter factory and a key function built per call.
def make_counter():
    count = 0
    def bump(by):
        nonlocal count
        count += by
        return count
    return bump
totals = []
for n in range(300):
    bump = make_counter()
    for i in range(50):
        bump(i)
    totals.append(bump(0))
def by_length(words, longest_first):
    def key(w):
        return (-len(w) if longest_first else len(w), w)
    return [key(w) for w in words]
words = ["pear", "fig", "banana", "kiwi", "apple"] * 20
for _ in range(100):
    by_length(words, True)
print(sum(totals))
