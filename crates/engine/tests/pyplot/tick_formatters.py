import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator

fig, (a, b, c, d) = plt.subplots(1, 4, figsize=(10, 3))
a.plot([0, 2.7], [0, 1e7])
a.ticklabel_format(style="plain", axis="y")
b.plot([0, 9], [0.5, 4.5])
b.xaxis.set_major_locator(MaxNLocator(integer=True))
b.yaxis.set_major_formatter(FuncFormatter(lambda v, pos: f"{v:.0f}%"))
c.plot([0, 1], [0, 1])
c.xaxis.set_major_locator(MultipleLocator(0.25))
c.yaxis.set_major_formatter("{x:.2f} m")
d.bar([1, 2, 3], [4, 5, 6])
d.set_xticks([1, 2, 3])
d.set_xticklabels(["low", "mid", "high"], rotation=90)
