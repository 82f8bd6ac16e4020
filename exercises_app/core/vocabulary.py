"""The fixed vocabularies of the library: regions, positions, equipment and condition tags.

These lists are part of the library format (docs/library-format.md); a file that uses any
other value is rejected, so filters and caution checks can rely on them.
"""
from __future__ import annotations

from .text import Text

REGIONS: dict[str, Text] = {
    "low-back": Text("Low back", "Bas du dos"),
    "upper-back": Text("Upper back and posture", "Haut du dos et posture"),
    "neck": Text("Neck", "Cou"),
    "hips-and-legs": Text("Hips and legs", "Hanches et jambes"),
}

POSITIONS: dict[str, Text] = {
    "lying-on-back": Text("Lying on your back", "Couché sur le dos"),
    "lying-on-front": Text("Lying on your front", "Couché sur le ventre"),
    "lying-on-side": Text("Lying on your side", "Couché sur le côté"),
    "hands-and-knees": Text("On hands and knees", "À quatre pattes"),
    "kneeling": Text("Kneeling", "À genoux"),
    "sitting": Text("Sitting", "Assis"),
    "standing": Text("Standing", "Debout"),
}

EQUIPMENT: dict[str, Text] = {
    "mat": Text("Mat", "Tapis"),
    "towel-or-strap": Text("Towel or strap", "Serviette ou sangle"),
    "cushion": Text("Cushion", "Coussin"),
    "chair": Text("Chair", "Chaise"),
    "wall": Text("Wall", "Mur"),
    "doorway": Text("Doorway", "Cadre de porte"),
}

CONDITIONS: dict[str, Text] = {
    "low-back-pain": Text("Low back pain", "Douleur au bas du dos"),
    "sciatica": Text("Sciatica", "Sciatique"),
    "disc-herniation": Text("Disc herniation", "Hernie discale"),
    "spinal-stenosis": Text("Spinal stenosis", "Sténose spinale"),
    "degenerative-disc-disease": Text("Degenerative disc disease", "Discopathie dégénérative"),
    "facet-pain": Text("Facet joint pain", "Douleur des facettes articulaires"),
    "spondylolisthesis": Text("Spondylolisthesis", "Spondylolisthésis"),
    "neck-pain": Text("Neck pain", "Douleur au cou"),
    "posture": Text("Posture", "Posture"),
    "osteoporosis": Text("Osteoporosis", "Ostéoporose"),
    "pregnancy": Text("Pregnancy", "Grossesse"),
    "knee-problems": Text("Knee problems", "Problèmes de genou"),
    "shoulder-problems": Text("Shoulder problems", "Problèmes d’épaule"),
    "wrist-problems": Text("Wrist problems", "Problèmes de poignet"),
}
