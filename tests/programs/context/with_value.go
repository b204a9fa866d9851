// context.WithValue: values are looked up through the chain of parents;
// an unexported key type avoids collisions between packages; a missing key
// gives nil.
package main

import (
	"context"
	"fmt"
)

type ctxKey string

type userKey struct{}

type user struct {
	name string
	role string
}

func handle(ctx context.Context) {
	reqID, _ := ctx.Value(ctxKey("request-id")).(string)
	u, ok := ctx.Value(userKey{}).(user)
	if !ok {
		fmt.Println(reqID, "anonymous")
		return
	}
	fmt.Println(reqID, u.name, u.role)
}

func main() {
	base := context.WithValue(context.Background(), ctxKey("request-id"), "req-17")
	handle(base)

	withUser := context.WithValue(base, userKey{}, user{"ann", "admin"})
	handle(withUser)

	// The inner value shadows the outer one with the same key.
	shadow := context.WithValue(withUser, ctxKey("request-id"), "req-18")
	handle(shadow)
	handle(withUser)

	fmt.Println("missing:", shadow.Value(ctxKey("missing")))
	fmt.Println("plain string key differs:", shadow.Value("request-id"))

	// Values survive cancellation wrappers.
	cctx, cancel := context.WithCancel(shadow)
	cancel()
	fmt.Println("after cancel:", cctx.Value(ctxKey("request-id")), cctx.Err())

	// Without cancel: values kept, cancellation dropped.
	wc := context.WithoutCancel(cctx)
	fmt.Println("WithoutCancel:", wc.Value(userKey{}).(user).name, wc.Err(), wc.Done() == nil)
}
