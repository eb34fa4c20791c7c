import matplotlib.pyplot as plt

fig = plt.figure(figsize=(8, 3))
fig.suptitle("Wide figure")
ax = fig.add_subplot(1, 2, 1)
ax.plot([1, 2], [2, 1])
ax2 = fig.add_subplot(1, 2, 2)
ax2.plot([-5, 5], [100, 300])
