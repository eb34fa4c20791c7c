# List sorting: 100,000 pseudo-random ints from a fixed seed (own generator: same numbers everywhere).
seed = 12345
numbers = []
for i in range(100000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    numbers.append(seed % 1000000)
ordered = sorted(numbers)
numbers.sort(reverse=True)
print(ordered[0], ordered[50000], ordered[-1], numbers[0] == ordered[-1])
