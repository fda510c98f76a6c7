import numpy as np, collections
W=["2018-03-12","2018-06-11","2018-08-14","2018-05-14","2018-07-16","2018-10-02","2018-02-20","2018-04-14","2018-09-11"]
ev={}; win={}
for w in W:
    for l in open(f'docs/eval/windows/{w}.tsv').read().strip().split('\n')[1:]:
        e,_,ids=l.split('\t')
        for i in ids.split(','): ev[i]=e; win[i]=w
rows=[]
for l in open('/tmp/storylog.tsv'):
    f=l.rstrip('\n').split('\t')
    a=f[0]
    if a not in ev: continue
    mem=[m for m in f[11].split(',') if m in ev and win[m]==win[a]]
    if not mem: continue
    maj=collections.Counter(ev[m] for m in mem).most_common(1)[0][0]
    y=int(ev[a]==maj)
    x=[float(v) for v in f[2:11]]
    rows.append((win[a],y,x))
print(len(rows),'labelled decisions; positives',sum(r[1] for r in rows))
def feats(x):
    cos,tc,es,ne,n,dl,df,sc,so=x
    return [1,cos,tc,max(es,0),1 if es<0 else 0,np.log1p(ne),np.log1p(n),dl/24,df/24,sc,so,cos*cos]
X=np.array([feats(r[2]) for r in rows]); Y=np.array([r[1] for r in rows]); G=np.array([r[0] for r in rows])
def fit(X,Y,l2=1e-2,it=3000):
    w=np.zeros(X.shape[1]); mu=X[:,1:].mean(0); sd=X[:,1:].std(0)+1e-9
    Z=np.hstack([X[:,:1],(X[:,1:]-mu)/sd])
    for _ in range(it):
        p=1/(1+np.exp(-Z@w)); g=Z.T@(p-Y)/len(Y)+l2*w; w-=1.0*g
    return lambda X2: 1/(1+np.exp(-(np.hstack([X2[:,:1],(X2[:,1:]-mu)/sd])@w))), w
acc_b=[];acc_l=[]
for w in W:
    tr=G!=w; te=G==w
    f,_=fit(X[tr],Y[tr])
    pb=(X[te,1]>=0.22).astype(int); pl=(f(X[te])>=0.5).astype(int)
    acc_b.append(((pb==Y[te]).mean(),te.sum())); acc_l.append((pl==Y[te]).mean())
    # also: best cos-only threshold cut chosen on train
    print(w, te.sum(), 'pos %.2f'%Y[te].mean(), 'cos>=.22 acc %.3f'%(pb==Y[te]).mean(), 'LR acc %.3f'%(pl==Y[te]).mean())
f,wt=fit(X,Y)
print('weights',np.round(wt,2))
print('mean acc cos %.3f LR %.3f'%(np.mean([a for a,_ in acc_b]),np.mean(acc_l)))
