"""The dashboard's charts, drawn by matplotlib onto a figure the dashboard shows.

matplotlib is imported with these modules, and the dashboard imports them only when it
first draws a chart: starting the application never pays for matplotlib.

:class:`~kam_desktop.ui.charts.painter.ChartPainter` draws one view of the portfolio at
a time with the family of charts it belongs to (``revenue``, ``ladder``, ``value``,
``relationship``, ``workload``, all built on ``base``) and returns the click targets of
its bars, points and areas (``targets``): a target answers a click with the accounts
behind what was clicked. Colours come from a ``style`` made from the application's
palette, so the charts follow light and dark mode; numbers are written as the
interface's locale writes them.
"""
