import matplotlib.pyplot as plt

for i, loc in enumerate(["upper right", "upper left", "lower left", "lower right", "right",
                         "center left", "center right", "lower center", "upper center",
                         "center", 0, 7]):
    plt.figure(figsize=(3, 2))
    plt.plot([0, 1], [0, 1], label=f"line {i}")
    plt.legend(loc=loc, fontsize="small", title="where")
