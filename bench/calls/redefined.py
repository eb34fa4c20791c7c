# A function re-defined before each call (as a loop over a program's text, or the >>> prompt, does).
for rep in range(20):
    def fib(n):
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)
    fib(20)
