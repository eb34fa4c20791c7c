import matplotlib.pyplot as plt

plt.plot([5], "o")
plt.figure()
plt.plot([2, 2, 2], [7, 7, 7])
