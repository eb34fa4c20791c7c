import matplotlib.pyplot as plt

plt.plot([0, 10, 20, 30], [3, 8, 2, 9])
plt.xlim(0, 25)
plt.ylim(bottom=0)
print([float(v) for v in plt.xlim()], [round(float(v), 6) for v in plt.ylim()])
