# Values close together far from zero: matplotlib writes an offset at the axis's end.
import matplotlib.pyplot as plt

plt.plot([100000, 100001, 100002, 100003], [20.001, 20.004, 20.002, 20.003], "o")
