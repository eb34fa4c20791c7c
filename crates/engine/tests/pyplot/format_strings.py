import matplotlib.pyplot as plt

x = [0, 1, 2, 3]
for i, fmt in enumerate(["r--", "g^", "b:", "k-.", "cs", "y*", "m+-", "wD", "C3x:", "--o",
                         "ko", ".", "red"]):
    plt.plot(x, [v + i for v in x], fmt)
