import math
import matplotlib.pyplot as plt

xs = [i / 10 for i in range(63)]
plt.plot(xs, [math.sin(x) for x in xs], label="sin")
plt.plot(xs, [math.cos(x) for x in xs], label="cos")
plt.legend()
plt.margins(x=0)
