import matplotlib.pyplot as plt

days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
morning = [3, 5, 2, 6, 4]
evening = [2, 1, 4, 2, 5]
plt.bar(days, morning, label="morning", color=["red", "orange", "gold", "green", "blue"])
plt.bar(days, evening, bottom=morning, label="evening", color="0.6", edgecolor="k",
        linewidth=1.5)
plt.legend(loc="upper center")
plt.ylim(0, 12)
