"""charts: publication-ready charts from the tables of Chinese news articles."""

__version__ = "0.1.0"
