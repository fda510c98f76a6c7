"""B-cubed agreement between the first judge (restricted to the sample) and the second judge."""
import sys
def read(p):
    m={}
    for l in open(p,encoding='utf-8').read().strip().split('\n')[1:]:
        ev,_,ids=l.split('\t')
        for i in ids.split(','): m[i]=ev
    return m
def bcubed(pred,gold):
    ids=list(gold)
    P=R=0
    for i in ids:
        cp={j for j in ids if pred[j]==pred[i]}; cg={j for j in ids if gold[j]==gold[i]}
        P+=len(cp&cg)/len(cp); R+=len(cp&cg)/len(cg)
    P/=len(ids); R/=len(ids); return P,R,2*P*R/(P+R)
for w in sys.argv[1:]:
    a=read(f'windows/{w}.tsv'); b=read(f'windows/second/{w}.tsv')
    a={i:a[i] for i in b}
    P,R,F=bcubed(b,a)
    # pairwise agreement on pairs
    ids=list(b); pairs=[(x,y) for k,x in enumerate(ids) for y in ids[k+1:]]
    sa={p for p in pairs if a[p[0]]==a[p[1]]}; sb={p for p in pairs if b[p[0]]==b[p[1]]}
    print(f'{w}: B-cubed second vs first: P {P:.3f} R {R:.3f} F1 {F:.3f}; same-event pairs first {len(sa)} second {len(sb)} both {len(sa&sb)}')
