# Many data ranges, one axes each: where the automatic ticks go and how they are labelled.
import matplotlib.pyplot as plt

ranges = [(0, 1), (0, 7), (3, 17), (-12, 48), (0.001, 0.009), (1234, 1299), (0, 1e6),
          (-2.5e-6, 1e-6), (99.5, 100.5), (0, 37), (17, 171), (-1, 1), (0.95, 1.05),
          (2000, 2024), (1e10, 5e10), (0, 0.35)]
fig, axs = plt.subplots(4, 4, figsize=(12, 9))
for ax, (low, high) in zip(axs.flat, ranges):
    ax.plot([low, high], [high, low])
