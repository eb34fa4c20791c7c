# Recursion: naive Fibonacci and a recursive sum of a nested list.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def deep_sum(items):
    total = 0
    for item in items:
        if isinstance(item, list):
            total += deep_sum(item)
        else:
            total += item
    return total

nested = [[i, [i * 2, [i * 3]]] for i in range(2000)]
print(fib(22), deep_sum(nested))
