import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.plot([0, 10], [0, 100])
ax.text(0.5, 0.9, "axes fraction", transform=ax.transAxes, ha="center", va="top")
ax.text(5, 50, "data", rotation=45, fontsize="large", color="green")
ax.annotate("note", xy=(2, 20), xytext=(3, 70))
fig.text(0.02, 0.02, "figure text")
plt.title("Texts", loc="left")
