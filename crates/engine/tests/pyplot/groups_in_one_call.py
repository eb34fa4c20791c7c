import matplotlib.pyplot as plt

x = [1, 2, 3, 4, 5]
plt.plot(x, [1, 2, 3, 4, 5], "r-", x, [2, 3, 5, 7, 11], "b--", x, [5, 4, 3, 2, 1])
plt.plot([0.5, 5.5], [6, 6])
