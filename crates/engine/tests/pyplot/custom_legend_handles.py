import matplotlib.lines as mlines
import matplotlib.patches as mpatches
import matplotlib.pyplot as plt

plt.plot([1, 2, 3], [2, 1, 3], "g")
women = mpatches.Patch(color="tab:red", label="Women")
men = mlines.Line2D([], [], color="blue", marker="o", linestyle="None", label="Men")
plt.legend(handles=[women, men], loc="lower right")
