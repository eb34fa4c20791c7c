# What every comparison script ends with (crates/engine/tests/pyplot_vs_matplotlib.rs): a
# description of every open figure through matplotlib's public API only, printed the same way
# under real matplotlib and pyplay's, so the two outputs can be compared line by line.


def _dump():
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex

    def num(value):
        value = float(value)
        if value == 0:
            value = 0.0  # -0.0 prints as 0
        return f"{value:.10g}"

    def nums(values):
        return "[" + ", ".join(repr(str(v)) if isinstance(v, str) else num(v)
                               for v in values) + "]"

    def hexes(rgba_list):
        return "[" + ", ".join(to_hex(tuple(float(c) for c in rgba), keep_alpha=True)
                               for rgba in rgba_list) + "]"

    for number in plt.get_fignums():
        fig = plt.figure(number)
        fig.canvas.draw()
        width, height = fig.get_size_inches()
        print(f"figure {number}: {num(width)} x {num(height)} in at {num(fig.dpi)} dpi, "
              f"suptitle {fig.get_suptitle()!r}")
        for i, ax in enumerate(fig.get_axes()):
            print(f"  axes {i}: position {nums(ax.get_position().bounds)}, "
                  f"aspect {ax.get_aspect()!r}")
            print(f"    title {ax.get_title()!r}, xlabel {ax.get_xlabel()!r}, "
                  f"ylabel {ax.get_ylabel()!r}")
            print(f"    xlim {nums(ax.get_xlim())}, ylim {nums(ax.get_ylim())}")
            for name, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
                ticks = ax.get_xticks() if name == "x" else ax.get_yticks()
                labels = ax.get_xticklabels() if name == "x" else ax.get_yticklabels()
                grid = any(line.get_visible() for line in axis.get_gridlines())
                print(f"    {name}ticks {nums(ticks)}")
                print(f"    {name}ticklabels {[label.get_text() for label in labels]}, "
                      f"offset {axis.get_offset_text().get_text()!r}, grid {grid}")
            for line in ax.get_lines():
                print(f"    line {line.get_label()!r}: x {nums(line.get_xdata())}, "
                      f"y {nums(line.get_ydata())}")
                print(f"      color {to_hex(line.get_color())}, "
                      f"linestyle {line.get_linestyle()!r}, "
                      f"linewidth {num(line.get_linewidth())}, marker {line.get_marker()!r}, "
                      f"markersize {num(line.get_markersize())}")
            for patch in ax.patches:
                kind = type(patch).__name__
                if kind == "Rectangle":
                    shape = (f"x {num(patch.get_x())}, y {num(patch.get_y())}, "
                             f"width {num(patch.get_width())}, "
                             f"height {num(patch.get_height())}")
                elif kind == "Wedge":
                    shape = (f"center {nums(patch.center)}, r {num(patch.r)}, "
                             f"theta {num(patch.theta1)} to {num(patch.theta2)}")
                else:
                    shape = ""
                print(f"    {kind} {patch.get_label()!r}: {shape}, "
                      f"facecolor {to_hex(patch.get_facecolor(), keep_alpha=True)}")
            for collection in ax.collections:
                offsets = [nums(point) for point in collection.get_offsets()]
                print(f"    collection {collection.get_label()!r}: offsets {offsets}, "
                      f"sizes {nums(collection.get_sizes())}, "
                      f"facecolors {hexes(collection.get_facecolor())}")
            for text in ax.texts:
                print(f"    text {text.get_text()!r} at {nums(text.get_position())}, "
                      f"ha {text.get_horizontalalignment()!r}, "
                      f"va {text.get_verticalalignment()!r}, "
                      f"rotation {num(text.get_rotation())}")
            legend = ax.get_legend()
            if legend is not None:
                handles = []
                for handle in legend.legend_handles:
                    kind = type(handle).__name__
                    if kind == "Line2D":
                        color = to_hex(handle.get_color())
                    elif kind == "PathCollection":
                        color = to_hex(tuple(float(c) for c in handle.get_facecolor()[0]))
                    else:
                        color = to_hex(handle.get_facecolor())
                    handles.append(f"{kind} {color}")
                print(f"    legend {[t.get_text() for t in legend.get_texts()]}, "
                      f"handles {handles}")


_dump()
