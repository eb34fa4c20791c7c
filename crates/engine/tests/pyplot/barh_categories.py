import matplotlib.pyplot as plt

languages = ["Python", "JavaScript", "Java", "C#", "C++"]
share = [29.9, 19.1, 16.2, 6.9, 6.2]
plt.barh(languages, share, color="tab:purple")
plt.xlabel("share (%)")
plt.gca().invert_yaxis()
