import matplotlib.pyplot as plt

fruit = ["apples", "pears", "plums", "apples"]
plt.bar(["apples", "pears", "plums"], [3, 5, 2], color="green", label="2023")
plt.bar(["kiwis"], [4], label="2024")
plt.legend()
plt.title("Fruit")
