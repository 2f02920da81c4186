package dev.cloudshop.review.review;

/** Who took a review down: its author, or an administrator moderating it. */
public enum Remover {

	AUTHOR, ADMIN

}
