import matplotlib.pyplot as plt

ages = [23, 25, 31, 35, 38, 41, 42, 45, 51, 52, 58, 60, 66, 71, 80]
plt.hist(ages, bins=5, range=(20, 80), color="orange", label="ages", rwidth=0.9)
plt.legend()
plt.xlabel("age")
