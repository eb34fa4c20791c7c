import matplotlib.pyplot as plt

plt.barh([1, 2, 3], [0.5, 2.25, 1.5], height=0.6)
plt.grid(True)
plt.xlabel("hours")
