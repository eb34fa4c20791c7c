import matplotlib.pyplot as plt

plt.plot([-3, -2, -1, 0, 1], [0.001, 0.004, -0.002, 0.003, 0.0])
plt.figure()
plt.plot([0.5, 0.6, 0.7], [1e-7, 3e-7, 2e-7])
