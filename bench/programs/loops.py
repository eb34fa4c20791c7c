# Loops: a sum of squares and a nested loop.
total = 0
for i in range(200000):
    total = total + i * i
pairs = 0
for a in range(300):
    for b in range(300):
        if (a + b) % 7 == 0:
            pairs += 1
print(total, pairs)
