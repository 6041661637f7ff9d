"""Letters and documents: the case's documents tab, making a letter, the PDF
viewer with printing, and Brieven afdrukken."""
