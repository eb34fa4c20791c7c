import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.plot([0, 1, 2], [0, 10, 5], color="#8844cc", ls="-.", lw=3)
ax.set_title("Axes methods")
ax.set_xlabel("time (s)")
ax.set_ylabel("speed")
ax.set_xticks([0, 0.5, 1, 1.5, 2])
ax.set_yticks([0, 5, 10], ["slow", "medium", "fast"])
ax.set_ylim(-1, 11)
ax.grid(True)
