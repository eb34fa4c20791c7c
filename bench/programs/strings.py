# String work: build, reverse, upper, count, split/join.
text = ""
for i in range(20000):
    text += "word" + str(i % 10) + " "
backwards = text[::-1]
shout = text.upper()
words = text.split()
joined = "-".join(w.capitalize() for w in words)
print(len(text), backwards[:6], shout.count("WORD3"), len(joined), text.count("d1 w"))
