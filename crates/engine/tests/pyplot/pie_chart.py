import matplotlib.pyplot as plt

plt.pie([35, 25, 25, 15], labels=["Python", "Java", "C", "Other"], autopct="%1.1f%%",
        startangle=90)
plt.title("Languages")
