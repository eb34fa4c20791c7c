import matplotlib.pyplot as plt

fig, (left, right) = plt.subplots(1, 2)
left.plot([0, 4], [0, 2])
left.set_ylim(5, -1)
right.plot([0, 10], [0, 3], "o")
right.axis("equal")
right.set_xlim(0, 10)
