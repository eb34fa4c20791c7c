import random
import matplotlib.pyplot as plt

random.seed(4)
heights = [round(random.gauss(170, 8), 1) for _ in range(300)]
plt.hist(heights, bins=12, edgecolor="black")
plt.xlabel("height (cm)")
plt.ylabel("people")
plt.title("Heights")
