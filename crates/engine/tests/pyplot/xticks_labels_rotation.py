import matplotlib.pyplot as plt

months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
rain = [78, 60, 65, 55, 60, 58]
plt.plot(range(6), rain, "o-")
plt.xticks(range(6), months, rotation=45)
plt.yticks([50, 60, 70, 80])
